using System.CommandLine;
using System.Text.Json;
using ValueLedger.Core.Organisation;
using ValueLedger.Importers.Organisation;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger check [PATH]</c>: validates the organisation as code (a YAML file or a folder of them)
/// and prints every problem as <c>file:line:column: error|warning: reason</c>, then a one-line summary.
/// Exit 1 when there is any error, 0 otherwise (warnings alone pass). Reads no ledger.
/// </summary>
internal static class CheckCommand
{
    public const string DefaultPath = "organisation.yaml";

    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "Organisation YAML file, or a folder of .yaml/.yml files.",
            DefaultValueFactory = _ => DefaultPath,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output: text (default) or json.",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Validate the organisation as code: business units, initiatives, scope and allocation rules.");
        command.Arguments.Add(path);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var result = OrganisationLoader.Load(parse.GetValue(path)!);
            var problems = result.AllProblems();
            if (parse.GetValue(format) == "json")
            {
                WriteJson(context.Stdout, result, problems);
            }
            else
            {
                foreach (var problem in problems)
                {
                    context.Stdout.WriteLine(problem.ToString());
                }

                context.Stdout.WriteLine(Summary(result.Organisation, problems));
            }

            return problems.Any(p => p.Severity == ProblemSeverity.Error) ? 1 : 0;
        });
        return command;
    }

    private static string Summary(Organisation organisation, IReadOnlyList<OrganisationProblem> problems)
    {
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = problems.Count - errors;
        return $"{organisation.BusinessUnits.Count} business units, {organisation.Initiatives.Count} initiatives, "
            + $"{organisation.ScopeRules.Count + organisation.AllocationRules.Count} rules "
            + $"({organisation.ScopeRules.Count} scope, {organisation.AllocationRules.Count} allocation), "
            + $"{organisation.SharedCostPolicies.Count} shared-cost policies: "
            + $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}";
    }

    private static void WriteJson(TextWriter output, OrganisationLoadResult result, IReadOnlyList<OrganisationProblem> problems)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var organisation = result.Organisation;
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in result.Files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteNumber("businessUnits", organisation.BusinessUnits.Count);
            json.WriteNumber("initiatives", organisation.Initiatives.Count);
            json.WriteNumber("scopeRules", organisation.ScopeRules.Count);
            json.WriteNumber("allocationRules", organisation.AllocationRules.Count);
            json.WriteNumber("sharedCostPolicies", organisation.SharedCostPolicies.Count);
            json.WriteNumber("errors", problems.Count(p => p.Severity == ProblemSeverity.Error));
            json.WriteNumber("warnings", problems.Count(p => p.Severity == ProblemSeverity.Warning));
            json.WriteStartArray("problems");
            foreach (var p in problems)
            {
                json.WriteStartObject();
                json.WriteString("file", p.File);
                json.WriteNumber("line", p.Line);
                json.WriteNumber("column", p.Column);
                json.WriteString("severity", p.Severity == ProblemSeverity.Error ? "error" : "warning");
                json.WriteString("reason", p.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
