using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ValueLedger.Web;

/// <summary><c>GET /assets/{name}</c>: the dashboard's CSS and JS, embedded in the assembly (no build step, no CDN).</summary>
internal static class AssetEndpoints
{
    private static readonly Dictionary<string, (byte[] Bytes, string ContentType)> Assets = Load();

    public static void Map(WebApplication app) =>
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(asset.Bytes, asset.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(AssetEndpoints).Assembly;
        var result = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource["assets/".Length..];
            result[name] = (copy.ToArray(), ContentType(name));
        }

        return result;
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
