using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// Every endpoint the application maps, read from its <see cref="EndpointDataSource"/>: endpoints merged later are
/// walked without anyone listing them here.
/// </summary>
public static class RouteCatalog
{
    private static readonly HashSet<Type> QueryTypes =
    [
        typeof(string), typeof(int), typeof(long), typeof(bool), typeof(decimal), typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(Guid),
    ];

    public static IReadOnlyList<WebRoute> Of(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Select(Describe)
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => string.Join(',', r.Methods), StringComparer.Ordinal)
            .ToList();
    }

    private static WebRoute Describe(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern;
        var text = "/" + (pattern.RawText ?? string.Empty).TrimStart('/');
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [];
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var routeParameters = new List<(string, string?)>();
        string? lastLiteral = null;
        foreach (var segment in pattern.PathSegments)
        {
            foreach (var part in segment.Parts)
            {
                if (part is RoutePatternLiteralPart literal)
                {
                    lastLiteral = literal.Content;
                }
                else if (part is RoutePatternParameterPart parameter)
                {
                    routeParameters.Add((parameter.Name, lastLiteral));
                }
            }
        }

        var names = routeParameters.Select(p => p.Item1).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var query = endpoint.Metadata.GetMetadata<MethodInfo>() is { } method
            ? method.GetParameters().Where(p => IsQuery(p) && !names.Contains(p.Name!)).Select(QueryName).ToList()
            : [];
        return new WebRoute(text, methods, policies, anonymous, routeParameters, query);
    }

    private static bool IsQuery(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<FromQueryAttribute>() is not null)
        {
            return true;
        }

        if (parameter.GetCustomAttributes().Any(a => a is IFromServiceMetadata or IFromBodyMetadata or IFromFormMetadata or IFromHeaderMetadata or IFromRouteMetadata))
        {
            return false;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return parameter.Name is not null && (QueryTypes.Contains(type) || type.IsEnum);
    }

    private static string QueryName(ParameterInfo parameter) => parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!;
}
