// ValueLedger dashboard: progressive enhancement only; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Forms marked data-once disable their submit buttons on submit, so a double click sends one request.
  for (const form of document.querySelectorAll("form[data-once]")) {
    form.addEventListener("submit", () => {
      for (const button of form.querySelectorAll("button[type=submit]")) { button.disabled = true; }
    });
  }
});
