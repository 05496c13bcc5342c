using System.Text.RegularExpressions;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.People;
using ValueLedger.Core.Value;

namespace ValueLedger.Web.People;

/// <summary>
/// Checks a register entry from the API or a form and builds the record to save; an error names the field (as the
/// API's parameter and in the page's notice). Texts are trimmed and bounded; ids are lower-case slugs.
/// </summary>
internal static partial class RegisterRules
{
    public const int MaxText = 1000;

    public const int MaxShortText = 200;

    public static (ResistanceEntry? Entry, string? Field, string? Error) Resistance(string id, ResistanceRequest body, string actor, DateTimeOffset at)
    {
        if (IdError(id) is { } bad)
        {
            return (null, "id", bad);
        }

        if (Required(body.StakeholderGroup, "stakeholderGroup", MaxShortText, out var group) is { } e1)
        {
            return (null, "stakeholderGroup", e1);
        }

        if (Required(body.Resistance, "resistance", MaxText, out var resistance) is { } e2)
        {
            return (null, "resistance", e2);
        }

        if (Required(body.Counter, "counter", MaxText, out var counter) is { } e3)
        {
            return (null, "counter", e3);
        }

        var owner = string.IsNullOrWhiteSpace(body.Owner) ? null : body.Owner.Trim();
        if (owner is { Length: > MaxShortText })
        {
            return (null, "owner", $"owner is longer than {MaxShortText} characters");
        }

        if (!KebabCase.TryParse<ResistanceStatus>(body.Status, out var status))
        {
            return (null, "status", $"'{body.Status}' is not a status; use one of {KebabCase.Choices<ResistanceStatus>()}");
        }

        return (new ResistanceEntry(id, group, resistance, counter, owner, status, at, actor), null, null);
    }

    public static (RoleChange? Entry, string? Field, string? Error) Role(string id, RoleChangeRequest body, Organisation organisation, string actor, DateTimeOffset at)
    {
        if (IdError(id) is { } bad)
        {
            return (null, "id", bad);
        }

        if (Required(body.Role, "role", MaxShortText, out var role) is { } e1)
        {
            return (null, "role", e1);
        }

        var unit = body.BusinessUnit?.Trim();
        if (unit is null || organisation.FindBusinessUnit(unit) is null)
        {
            return (null, "businessUnit", $"'{unit}' is not a business unit of the organisation");
        }

        if (!KebabCase.TryParse<RoleChangeKind>(body.Kind, out var kind))
        {
            return (null, "kind", $"'{body.Kind}' is not a kind of role change; use one of {KebabCase.Choices<RoleChangeKind>()}");
        }

        if (body.PeopleAffected is not { } affected || affected < 0 || affected > 1_000_000)
        {
            return (null, "peopleAffected", "peopleAffected must be a whole number of people from 0 to 1000000");
        }

        if (body.ReskillingProgressPercent is not { } progress || progress < 0 || progress > 100)
        {
            return (null, "reskillingProgressPercent", "reskillingProgressPercent must be a whole number from 0 to 100");
        }

        var plan = string.IsNullOrWhiteSpace(body.ReskillingPlan) ? null : body.ReskillingPlan.Trim();
        if (plan is { Length: > MaxText })
        {
            return (null, "reskillingPlan", $"reskillingPlan is longer than {MaxText} characters");
        }

        return (new RoleChange(id, role, unit, kind, affected, plan, progress, at, actor), null, null);
    }

    /// <summary>Whether two entries say the same (ignoring who saved them and when): a repeated save changes nothing.</summary>
    public static bool Same(ResistanceEntry a, ResistanceEntry b) =>
        a.StakeholderGroup == b.StakeholderGroup && a.Resistance == b.Resistance && a.Counter == b.Counter && a.Owner == b.Owner && a.Status == b.Status;

    public static bool Same(RoleChange a, RoleChange b) =>
        a.Role == b.Role && a.BusinessUnit == b.BusinessUnit && a.Kind == b.Kind && a.PeopleAffected == b.PeopleAffected
        && a.ReskillingPlan == b.ReskillingPlan && a.ReskillingProgressPercent == b.ReskillingProgressPercent;

    /// <summary>An id from a name: lower-case letters, digits and hyphens.</summary>
    public static string Slug(string? text)
    {
        var slug = NonSlug().Replace((text ?? string.Empty).Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 64 ? slug[..64].TrimEnd('-') : slug;
    }

    private static string? IdError(string id) =>
        IdPattern().IsMatch(id) ? null : $"'{id}' is not an id; use 1–64 lower-case letters, digits and hyphens, starting with a letter or digit";

    private static string? Required(string? text, string field, int max, out string value)
    {
        value = text?.Trim() ?? string.Empty;
        return value.Length == 0 ? $"{field} is required" : value.Length > max ? $"{field} is longer than {max} characters" : null;
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,63}\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
