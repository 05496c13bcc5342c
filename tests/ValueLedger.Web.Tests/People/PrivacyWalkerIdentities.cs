using System.Text.Json;

namespace ValueLedger.Web.Tests.People;

/// <summary>
/// The raw person identifiers of the sample people files in examples/people (logins and e-mails in the login, user_login,
/// email and respondent fields): none may ever appear in a response, whatever was imported. The demo's own fake
/// identities (userNNNN@northwind.example) are caught by the walker's e-mail pattern.
/// </summary>
internal static class PrivacyWalkerIdentities
{
    private static readonly string[] IdentityColumns = ["login", "user_login", "email", "respondent"];

    public static IReadOnlyCollection<string> FromSampleFiles()
    {
        var folder = Path.Combine(RepositoryRoot(), "examples", "people");
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv"))
        {
            var lines = File.ReadAllLines(file);
            var header = lines.Length > 0 ? lines[0].Split(',') : [];
            var columns = Enumerable.Range(0, header.Length).Where(i => IdentityColumns.Contains(header[i].Trim())).ToList();
            foreach (var line in lines.Skip(1))
            {
                var cells = line.Split(',');
                found.UnionWith(columns.Where(i => i < cells.Length).Select(i => cells[i].Trim()));
            }
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.ndjson"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var record = JsonDocument.Parse(line);
                if (record.RootElement.TryGetProperty("user_login", out var login) && login.GetString() is { } text)
                {
                    found.Add(text);
                }
            }
        }

        // Short tokens would match ordinary words; every sample identity is a name-like login or an e-mail.
        found.RemoveWhere(i => i.Length < 6);
        Assert.NotEmpty(found);
        return found;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ValueLedger.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("the repository root (ValueLedger.slnx) above the test binaries");
    }
}
