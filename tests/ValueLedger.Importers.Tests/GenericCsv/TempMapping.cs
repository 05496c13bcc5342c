namespace ValueLedger.Importers.Tests.GenericCsv;

/// <summary>A mapping file written for one test and deleted after it.</summary>
internal sealed class TempMapping : IDisposable
{
    public TempMapping(string yaml)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"vl-mapping-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(Path, yaml);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
