using System.Globalization;

namespace ValueLedger.Benchmarks;

/// <summary>The benchmarks' few command-line options: <c>--name value</c> pairs.</summary>
internal static class BenchOptions
{
    public static long Number(string[] args, string name, long fallback) =>
        Text(args, name) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Writes a file through <paramref name="write"/> unless it exists (inputs are cached in the work folder).</summary>
    public static string Generate(string path, Action<string> write)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"generating {path}");
            var temp = path + ".tmp";
            write(temp);
            File.Move(temp, path);
        }

        return path;
    }
}
