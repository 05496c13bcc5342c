using ValueLedger.Web.Imports;

namespace ValueLedger.Web.Pages.Imports;

/// <summary>The imports page: one page of the history, and whether this user may upload (admin, finance).</summary>
public sealed record ImportsPageModel(ImportPageDto History, bool CanUpload, IReadOnlyList<string> Formats);
