using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;
using ValueLedger.Core.Organisation;
using ValueLedger.Importers.Organisation;
using ValueLedger.Web.Imports;
using ValueLedger.Web.Otlp;
using ValueLedger.Web.Pages;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary>
/// Builds the web server over a ledger: dashboard pages, minimal APIs under <c>/api</c>, logins and API tokens, RFC 9457 problem details for
/// every error, security headers on every response, and the OpenAPI document at <c>/openapi/v1.json</c>.
/// </summary>
public static class WebHost
{
    /// <summary>Builds (does not start) the application. Throws <see cref="InvalidDataException"/> when the organisation has errors.</summary>
    public static WebApplication Build(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var organisation = LoadOrganisation(options.OrganisationPath);
        var builder = WebApplication.CreateSlimBuilder();
        if (options.Urls is not null)
        {
            builder.WebHost.UseUrls(options.Urls);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(new LedgerAccess(options, organisation));
        builder.Services.AddProblemDetails();
        builder.Services.AddRazorComponents();
        builder.Services.AddValueLedgerSecurity(options);
        builder.Services.AddHostedService<IdentifierKeyCheck>(); // before the OTLP writer: no batch is hashed before the secret is checked
        builder.Services.AddOtlpReceiver();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.WriteIndented = false;
            People.PeopleJson.Configure(json.SerializerOptions);
        });
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", People.PeopleJsonSchemas.Describe);
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            // Fixed title and no server list: the document must not depend on the host name or process name (the snapshot test).
            document.Info = new OpenApiInfo
            {
                Title = "ValueLedger API",
                Version = "v1",
                Description = "The ValueLedger HTTP API. Authenticate with an API token (`valueledger token create`) as `Authorization: Bearer vl_…`, "
                    + "or with the dashboard's session cookie plus the X-CSRF-TOKEN header on writes. Money is an exact decimal string; errors are RFC 9457 problem details.",
            };
            document.Servers = [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                ["bearer"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "An API token: vl_<id>_<secret>." },
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            return Task.CompletedTask;
        }));
        options.ConfigureBuilder?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseValueLedgerSecurity();
        app.MapOpenApi().AllowAnonymous();
        app.MapGet("/api/health", () => Results.Ok(new HealthDto("ok"))).AllowAnonymous()
            .WithName("GetHealth").WithTags("Health").WithSummary("Liveness: the server answers.").Produces<HealthDto>();
        AssetEndpoints.Map(app);
        LoginEndpoints.Map(app);
        OverviewEndpoints.Map(app);
        DashboardEndpoints.Map(app);
        SpendEndpoints.Map(app);
        ShowbackEndpoints.Map(app);
        ScoreboardEndpoints.Map(app);
        InitiativeEndpoints.Map(app);
        BusinessUnitEndpoints.Map(app);
        OtlpEndpoints.Map(app);
        Value.ValueEndpoints.Map(app);
        Imports.ImportEndpoints.Map(app);
        ExportEndpoints.Map(app);
        Tokens.TokenEndpoints.Map(app);
        People.PeopleImportEndpoints.Map(app);
        People.PeopleApiEndpoints.Map(app);
        People.AdoptionPageEndpoints.Map(app);
        People.BehaviourEndpoints.Map(app);
        People.RegisterEndpoints.Map(app);
        People.RegisterPageEndpoints.Map(app);
        return app;
    }

    private static Organisation LoadOrganisation(string path)
    {
        var result = OrganisationLoader.Load(path);
        var errors = result.AllProblems().Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDataException($"the organisation has {errors.Count} error(s), first: {errors[0]}; see `valueledger check {path}`");
        }

        return result.Organisation;
    }
}
