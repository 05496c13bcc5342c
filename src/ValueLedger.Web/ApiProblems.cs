using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ValueLedger.Web;

/// <summary>RFC 9457 problem responses and the query-parameter parsing that produces them.</summary>
internal static class ApiProblems
{
    public static IResult BadParameter(string parameter, string detail) => Results.Problem(
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest,
        title: $"Invalid parameter '{parameter}'",
        extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: title);

    /// <summary>Parses <c>YYYY-MM</c> as the first instant (UTC) of that month; false for anything else.</summary>
    public static bool TryMonth(string? text, out DateTime month)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            month = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            return true;
        }

        month = default;
        return false;
    }

    /// <summary>Parses <c>YYYY-MM-DD</c> as midnight UTC; false for anything else.</summary>
    public static bool TryDay(string? text, out DateTime day)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            day = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            return true;
        }

        day = default;
        return false;
    }
}
