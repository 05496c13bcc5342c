using ValueLedger.Core.Organisation;

namespace ValueLedger.Importers.Organisation;

/// <summary>
/// Reads the organisation as code from one YAML file or a folder of them (<c>*.yaml</c>, <c>*.yml</c>,
/// ordinal name order, not recursive); the files together form one organisation. Never throws on bad
/// content: every fault becomes an <see cref="OrganisationProblem"/> at its file, line and column.
/// </summary>
public static class OrganisationLoader
{
    /// <summary>Files larger than this are refused: an organisation is hand-written, not data.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public static OrganisationLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new FileNotFoundException($"organisation file or folder not found: {path}", path);
        }

        var parts = new List<(string File, string Text)>();
        var problems = new List<OrganisationProblem>();
        foreach (var file in files)
        {
            if (new FileInfo(file).Length > MaxFileBytes)
            {
                problems.Add(new OrganisationProblem(file, 0, 0, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MB", ProblemSeverity.Error));
                continue;
            }

            parts.Add((file, File.ReadAllText(file)));
        }

        if (files.Length == 0)
        {
            problems.Add(new OrganisationProblem(path, 0, 0, "the folder holds no .yaml or .yml file", ProblemSeverity.Error));
        }

        var result = Parse(parts);
        return result with { LoadProblems = [.. problems, .. result.LoadProblems], Files = files };
    }

    /// <summary>Parses YAML texts (file name, content) already in memory, in the order given.</summary>
    public static OrganisationLoadResult Parse(IEnumerable<(string File, string Text)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var builder = new OrganisationBuilder();
        var names = new List<string>();
        foreach (var (file, text) in sources)
        {
            names.Add(file);
            new OrganisationFileParser(file, builder).Parse(text);
        }

        return new OrganisationLoadResult(builder.Build(), builder.Problems, names);
    }
}
