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

// Imports: forms marked data-upload send their file to the API with XMLHttpRequest, showing upload progress, then the
// import's summary, and refresh the history table. Without this script the form posts to /imports/upload as it is.
document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form[data-upload]")) {
    const progress = form.querySelector("progress");
    const result = form.querySelector("[data-upload-result]");
    const button = form.querySelector("button[type=submit]");
    const show = (text, ok) => {
      result.hidden = false;
      result.textContent = text;
      result.className = "upload-result " + (ok ? "notice" : "error");
    };
    form.addEventListener("submit", (event) => {
      const input = form.querySelector("input[type=file]");
      if (!input.files || input.files.length === 0) { return; }
      event.preventDefault();
      const file = input.files[0];
      const query = new URLSearchParams({
        name: file.name,
        format: form.querySelector("[name=format]").value,
        lenient: form.querySelector("[name=lenient]").value,
      });
      const request = new XMLHttpRequest();
      request.open("POST", form.dataset.upload + "?" + query.toString());
      request.setRequestHeader("X-CSRF-TOKEN", form.dataset.csrf);
      request.setRequestHeader("Content-Type", "application/octet-stream");
      request.setRequestHeader("Accept", "application/json");
      progress.hidden = false;
      progress.value = 0;
      result.hidden = true;
      request.upload.addEventListener("progress", (e) => {
        if (e.lengthComputable) { progress.value = Math.round((e.loaded / e.total) * 100); }
      });
      request.upload.addEventListener("load", () => { progress.value = 100; });
      request.addEventListener("load", () => {
        button.disabled = false;
        let body = null;
        try { body = JSON.parse(request.responseText); } catch { body = null; }
        if (request.status === 201 && body) {
          progress.value = 100;
          const cost = (body.cost || []).map((c) => c.amount + " " + c.currency).join(", ") || "no cost";
          show("Imported " + body.file + " as import " + body.sourceId + ": " + body.rows + " rows, " + body.rejected + " rejected, " +
            (body.replaced || []).reduce((n, r) => n + r.rowsRemoved, 0) + " replaced; cost " + cost + ".", true);
          refreshHistory();
        } else {
          show((body && (body.detail || body.title)) || ("The upload failed (HTTP " + request.status + ")."), false);
          if (request.status === 409 || request.status === 422) { refreshHistory(); }
        }
      });
      request.addEventListener("error", () => { button.disabled = false; show("The upload was interrupted; nothing was imported.", false); });
      request.send(file);
    });
  }

  // Replaces the history section with the server's current one (same page, rendered again).
  function refreshHistory() {
    const current = document.getElementById("history");
    if (!current) { return; }
    fetch(window.location.pathname, { credentials: "same-origin" })
      .then((response) => response.ok ? response.text() : Promise.reject(new Error("HTTP " + response.status)))
      .then((html) => {
        const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("history");
        if (fresh) { current.replaceWith(fresh); }
      })
      .catch(() => { /* the history stays as it was; a reload shows it */ });
  }
});
