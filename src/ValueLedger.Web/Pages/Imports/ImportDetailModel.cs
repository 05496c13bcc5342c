using ValueLedger.Web.Imports;

namespace ValueLedger.Web.Pages.Imports;

/// <summary>One import: its history row and a page of its rejected rows.</summary>
public sealed record ImportDetailModel(ImportSourceDto Source, ImportRejectPageDto Rejects);
