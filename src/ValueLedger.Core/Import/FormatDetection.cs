namespace ValueLedger.Core.Import;

/// <summary>How sure an importer is that a sample is its format: 0 (not mine) to 100 (certain).</summary>
public readonly record struct FormatDetection(int Confidence, string? Why = null)
{
    public static FormatDetection No { get; } = new(0);

    public static FormatDetection Certain(string why) => new(100, why);

    public static FormatDetection Likely(string why) => new(60, why);
}
