namespace ValueLedger.Web.People;

/// <summary>
/// What the people pages render: the month and unit filter as typed (the form keeps them), the business units the user
/// may choose (id, name), the view (null when the request was refused) and the refusal in words.
/// </summary>
public sealed record AdoptionPageModel<TView>(string? Month, string? BusinessUnit, IReadOnlyList<(string Id, string Name)> Units, TView? View, string? Error)
    where TView : class
{
    /// <summary>The query string of the current filter (for the CSV link and links between the people pages).</summary>
    public string Query(string month) =>
        "?month=" + Uri.EscapeDataString(month) + (BusinessUnit is { } bu ? "&bu=" + Uri.EscapeDataString(bu) : string.Empty);
}
