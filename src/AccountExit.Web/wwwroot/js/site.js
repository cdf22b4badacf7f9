// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Copy buttons: data-copy-target names the element whose text goes to the clipboard.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button || !navigator.clipboard) { return; }
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    if (!source) { return; }
    navigator.clipboard.writeText(source.textContent).then(function () {
      var status = document.getElementById(button.getAttribute("data-copy-status"));
      if (status) { status.textContent = button.getAttribute("data-copied-text"); }
    });
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) { window.print(); }
  });

  // Live filter on the directory: hides entries whose text does not contain what is typed.
  var search = document.getElementById("directory-search");
  if (search) {
    var status = document.getElementById("directory-search-status");
    search.addEventListener("input", function () {
      var words = search.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      document.querySelectorAll("[data-testid=channel]").forEach(function (entry) {
        var text = entry.textContent.toLocaleLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        entry.closest("li").hidden = !match;
        if (match) { shown += 1; }
      });
      status.textContent = status.getAttribute("data-template").replace("{0}", shown);
    });
  }

  document.documentElement.classList.add("js");
})();
