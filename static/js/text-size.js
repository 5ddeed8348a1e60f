// Progressive enhancement of the text-size control: without this script the buttons submit a
// form and the page reloads; with it the new size applies at once and stays announced.
(function () {
  "use strict";
  var COOKIE = "imp_text_size";
  var ONE_YEAR = 365 * 24 * 60 * 60;

  function currentSize() {
    var match = document.cookie.match(/(?:^|;\s*)imp_text_size=([a-z]+)/);
    return match ? match[1] : "normal";
  }

  function markPressed(form, size) {
    form.querySelectorAll("button[name=size]").forEach(function (button) {
      button.setAttribute("aria-pressed", button.value === size ? "true" : "false");
    });
  }

  function applySize(size) {
    var secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = COOKIE + "=" + size + "; Max-Age=" + ONE_YEAR + "; Path=/; SameSite=Lax" + secure;
    var stylesheet = document.getElementById("text-size-stylesheet");
    if (stylesheet) {
      stylesheet.href = stylesheet.href.split("?")[0] + "?size=" + size;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.text-size");
    if (!form) {
      return;
    }
    markPressed(form, currentSize());
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || button.name !== "size") {
        return;
      }
      event.preventDefault();
      applySize(button.value);
      markPressed(form, button.value);
    });
  });
})();
