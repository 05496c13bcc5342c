namespace ValueLedger.Core.Value.JCurve;

/// <summary>
/// Where an initiative's actual cumulative net value stands against its declared J-curve in one month
/// (PRODUCT.md). Text form: <see cref="JCurveMath.Label"/> (e.g. <c>below band — review</c>) for people,
/// kebab-case (e.g. <c>below-band</c>) in JSON.
/// </summary>
public enum JCurveStatus
{
    /// <summary>Above the band's upper edge.</summary>
    Ahead,

    /// <summary>Within the band, and not yet at or above zero after the trough.</summary>
    InExpectedDip,

    /// <summary>Below the band's lower edge: the sponsor should review.</summary>
    BelowBand,

    /// <summary>Actual cumulative net value is at or above zero in a month after the trough month T.</summary>
    PastBreakEven,
}
