// Progressive enhancement of the main menu, a <details> that works without this script:
// Escape closes it and gives the focus back to its button. Browsers too old to style the
// content of a closed <details> (site.css shows the list on wide screens) get it opened there.
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    var menu = document.querySelector(".main-nav__disclosure");
    if (!menu) {
      return;
    }
    var toggle = menu.querySelector("summary");

    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        toggle.focus();
      }
    });

    var supportsStyledContent = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
    if (!supportsStyledContent && window.matchMedia) {
      var wide = window.matchMedia("(min-width: 48rem)");
      var follow = function () {
        menu.open = wide.matches;
      };
      follow();
      wide.addEventListener("change", follow);
    }
  });
})();
