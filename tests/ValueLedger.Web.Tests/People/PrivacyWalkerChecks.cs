using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ValueLedger.Web.Tests.People;

/// <summary>
/// What the privacy walker looks for in one response: a 64-hex string (person hashes are HMAC-SHA256 hex) that is not
/// a known file digest or key fingerprint; a raw demo or sample identity; a JSON people figure (an object with a
/// <c>state</c> and a <c>count</c> or <c>people</c>) over 1…k−1 people; an HTML <c>data-people-count</c> of 1…k−1 or
/// an unknown mark; a CSV people column (members, at_*, *people*) holding 1…k−1.
/// </summary>
internal sealed partial class PrivacyWalkerChecks(int k, IReadOnlySet<string> allowedDigests, IReadOnlyCollection<string> rawIdentities)
{
    public IEnumerable<string> Check(string url, string? mediaType, string body)
    {
        foreach (Match hex in Hex64().Matches(body))
        {
            if (!allowedDigests.Contains(hex.Value.ToLowerInvariant()))
            {
                yield return $"{url}: a 64-hex string (a person hash?) {hex.Value[..12]}…";
            }
        }

        foreach (Match email in DemoEmail().Matches(body))
        {
            yield return $"{url}: a raw e-mail {email.Value}";
        }

        foreach (var identity in rawIdentities.Where(i => body.Contains(i, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"{url}: a raw sample identity {identity}";
        }

        var problems = mediaType switch
        {
            "application/json" or "application/problem+json" => Json(url, body),
            "text/html" => Html(url, body),
            "text/csv" => Csv(url, body),
            _ => [],
        };
        foreach (var problem in problems)
        {
            yield return problem;
        }
    }

    private bool Small(long n) => n >= 1 && n < k;

    private IEnumerable<string> Json(string url, string body)
    {
        using var document = JsonDocument.Parse(body);
        var found = new List<string>();
        Walk(document.RootElement, "$", found);
        return found.Select(f => $"{url}: {f}");
    }

    private void Walk(JsonElement element, string path, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, $"{path}[{i++}]", found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var isPeopleFigure = element.TryGetProperty("state", out _);
            foreach (var property in element.EnumerateObject())
            {
                if (isPeopleFigure && property.Name is "count" or "people" && property.Value.ValueKind == JsonValueKind.Number
                    && property.Value.TryGetInt64(out var n) && Small(n))
                {
                    found.Add($"{path}.{property.Name} = {n}, a figure over fewer than k = {k} people");
                }

                Walk(property.Value, $"{path}.{property.Name}", found);
            }
        }
    }

    private IEnumerable<string> Html(string url, string body)
    {
        foreach (Match mark in PeopleCountMark().Matches(body))
        {
            var value = mark.Groups[1].Value;
            if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                if (Small(n))
                {
                    yield return $"{url}: data-people-count=\"{n}\", fewer than k = {k}";
                }
            }
            else if (value is not ("suppressed" or "no-data" or "not-people"))
            {
                yield return $"{url}: data-people-count=\"{value}\" is neither a number nor a state";
            }
        }
    }

    private IEnumerable<string> Csv(string url, string body)
    {
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            yield break;
        }

        // Plain split is enough: people columns hold numbers or words, and names with commas come before them quoted.
        var header = lines[0].Split(',');
        var columns = Enumerable.Range(0, header.Length)
            .Where(i => header[i] is "members" || header[i].StartsWith("at_", StringComparison.Ordinal) || header[i].Contains("people", StringComparison.Ordinal))
            .ToList();
        foreach (var line in lines.Skip(1))
        {
            var cells = SplitCsv(line);
            foreach (var i in columns.Where(i => i < cells.Count))
            {
                if (long.TryParse(cells[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && Small(n))
                {
                    yield return $"{url}: CSV column {header[i]} = {n}, fewer than k = {k}";
                }
            }
        }
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }

    [GeneratedRegex("(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])")]
    private static partial Regex Hex64();

    /// <summary>The demo's fake people (user1000@northwind.example, exec1@…, unit leads) and the sample files' e-mails.</summary>
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@(northwind\.example|example\.com)", RegexOptions.IgnoreCase)]
    private static partial Regex DemoEmail();

    [GeneratedRegex("data-people-count=\"([^\"]*)\"")]
    private static partial Regex PeopleCountMark();
}
