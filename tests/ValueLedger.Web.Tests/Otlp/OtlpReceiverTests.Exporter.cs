using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ValueLedger.Web.Tests.Otlp;

/// <summary>The real OpenTelemetry .NET OTLP exporter (HTTP/protobuf) pointed at the receiver.</summary>
public sealed partial class OtlpReceiverTests
{
    [Fact]
    public async Task OpenTelemetrySdkExporter_GenAiActivities_LandAsUsage()
    {
        await using var server = await fixture.StartAsync();
        using var client = new HttpClient(new SynchronousBridge(server.CreateHandler()));
        using var source = new ActivitySource("ValueLedger.Tests.E2E");
        using (var provider = Sdk.CreateTracerProviderBuilder()
            .AddSource(source.Name)
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("e2e-assistant").AddAttributes([new("team", "support")]))
            .AddOtlpExporter(o =>
            {
                o.Protocol = OtlpExportProtocol.HttpProtobuf;
                o.Endpoint = new Uri("http://localhost/v1/traces");
                o.Headers = $"Authorization=Bearer {server.Token(Collector)}";
                o.HttpClientFactory = () => client;
                o.ExportProcessorType = ExportProcessorType.Simple;
            })
            .Build())
        {
            foreach (var (input, output, failed) in new[] { (1200L, 300L, false), (800L, 100L, true) })
            {
                var start = new DateTimeOffset(2031, 3, 1, 10, 0, 0, TimeSpan.Zero);
                using var activity = source.StartActivity("chat gpt-4o", ActivityKind.Client, default(ActivityContext), startTime: start)!;
                activity.SetTag("gen_ai.operation.name", "chat");
                activity.SetTag("gen_ai.provider.name", "openai");
                activity.SetTag("gen_ai.request.model", "gpt-4o-2024-08-06");
                activity.SetTag("gen_ai.usage.input_tokens", input);
                activity.SetTag("gen_ai.usage.output_tokens", output);
                activity.SetTag("enduser.id", "someone@example.com");
                if (failed)
                {
                    activity.SetStatus(ActivityStatusCode.Error);
                }

                activity.SetEndTime(start.AddSeconds(2).UtcDateTime);
            }

            Assert.True(provider.ForceFlush(10_000));
        }

        await server.WaitForCommitsAsync();
        Assert.Equal(2, server.Queue.InsertedRecords);
        using var spend = await GetJsonAsync(server.ClientFor("admin"), "/api/spend?by=provider,model&from=2031-03-01&to=2031-04-01");
        var row = Assert.Single(spend.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("openai", row.GetProperty("keys").GetProperty("provider").GetString());
        Assert.Equal(2, row.GetProperty("telemetryRecords").GetInt64());
        Assert.Equal(1200 + 300 + 800 + 100, row.GetProperty("tokens").GetInt64());
    }

    /// <summary>
    /// The exporter sends synchronously (HttpClient.Send); the in-memory test server only answers SendAsync. A real
    /// server needs no such bridge.
    /// </summary>
    private sealed class SynchronousBridge(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            SendAsync(request, cancellationToken).GetAwaiter().GetResult();
    }
}
