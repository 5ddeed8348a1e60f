// The print view's "Print" button: without JavaScript the page says to use the browser's own
// print command, so the button appears only where it works.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
