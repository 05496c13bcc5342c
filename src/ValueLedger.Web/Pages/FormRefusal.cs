namespace ValueLedger.Web.Pages;

/// <summary>A form's action was refused by the rules: the headline and every unmet condition, shown on the page (nothing was written).</summary>
internal sealed class FormRefusal : Exception
{
    public FormRefusal()
    {
    }

    public FormRefusal(string message)
        : base(message)
    {
    }

    public FormRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FormRefusal(string headline, IReadOnlyList<string> reasons)
        : base(headline + ": " + string.Join("; ", reasons))
    {
        Headline = headline;
        Reasons = reasons;
    }

    public string Headline { get; } = string.Empty;

    public IReadOnlyList<string> Reasons { get; } = [];
}
