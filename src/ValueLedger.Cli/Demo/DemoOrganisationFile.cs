namespace ValueLedger.Cli.Demo;

/// <summary>The demo organisation's YAML (examples/organisation.yaml, embedded at build time).</summary>
internal static class DemoOrganisationFile
{
    private const string ResourceName = "ValueLedger.Cli.Demo.organisation.yaml";

    /// <summary>Writes the organisation to <c>organisation.yaml</c> in <paramref name="directory"/> and returns its path.</summary>
    public static string Write(string directory)
    {
        var path = Path.Combine(directory, "organisation.yaml");
        using var resource = typeof(DemoOrganisationFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the demo organisation ({ResourceName}) is missing from the build");
        using var file = File.Create(path);
        resource.CopyTo(file);
        return path;
    }
}
