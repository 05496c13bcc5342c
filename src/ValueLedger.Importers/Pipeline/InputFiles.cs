namespace ValueLedger.Importers.Pipeline;

/// <summary>Expands the paths a user gave (files and folders) into the files to import.</summary>
public static class InputFiles
{
    /// <summary>
    /// Files as given; folders searched recursively, in ordinal path order so imports are repeatable.
    /// Hidden files and rejects files are skipped.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".rejects.csv", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }

        return files;
    }
}
