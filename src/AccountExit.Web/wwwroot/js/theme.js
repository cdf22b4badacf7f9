// Bootstrap 5.3 colour modes from the system's setting (prefers-color-scheme). Loaded in <head>
// without defer, so the page is drawn in the right mode from the start; without JavaScript it is light.
(function () {
  "use strict";
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function apply() {
    document.documentElement.setAttribute("data-bs-theme", dark.matches ? "dark" : "light");
  }
  apply();
  dark.addEventListener("change", apply);
})();
