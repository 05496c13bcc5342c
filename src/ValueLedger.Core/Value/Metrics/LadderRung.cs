namespace ValueLedger.Core.Value.Metrics;

/// <summary>
/// The distinction ladder (PRODUCT.md): what a metric measures. Activity (tokens, requests) is shown,
/// never scored; output, outcome (validated successful outcomes) and value (validated money) can be.
/// Text form: kebab-case (<c>activity</c>, <c>output</c>, <c>outcome</c>, <c>value</c>).
/// </summary>
public enum LadderRung
{
    Activity,
    Output,
    Outcome,
    Value,
}
