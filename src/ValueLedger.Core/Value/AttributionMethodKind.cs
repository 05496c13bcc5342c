namespace ValueLedger.Core.Value;

/// <summary>How an initiative's outcomes will be proven (PRODUCT.md, "Attribution method"). Text form: kebab-case, e.g. <c>controlled-experiment</c>.</summary>
public enum AttributionMethodKind
{
    ControlledExperiment,
    BaselineComparison,
    DifferenceInDifferences,
    FinanceEstimate,
    SelfReported,
}
