using ValueLedger.Core.Organisation;
using ValueLedger.Importers.Organisation;

namespace ValueLedger.Importers.Tests.Organisation;

public sealed class OrganisationAccessTests
{
    private const string Units = """
        business_units:
          - id: finance
          - id: ops
        """;

    private static OrganisationLoadResult Parse(string access) => OrganisationLoader.Parse([("org.yaml", Units + "\n" + access)]);

    [Fact]
    public void Access_ListAndSingleValues_ParsedWithLocations()
    {
        var result = Parse("""
            access:
              - { actor: cfo, roles: [finance], business_units: [finance] }
              - actor: head-of-ops
                roles: bu-owner
                business_units: ops
              - { actor: admin, roles: [admin, viewer] }
            """);

        var access = result.Organisation.Access;
        Assert.Equal(["finance"], access[0].Roles);
        Assert.Equal(new SourceLocation("org.yaml", 5, 5), access[0].Location);
        Assert.Equal(["bu-owner"], access[1].Roles);
        Assert.Equal(["ops"], access[1].BusinessUnits);
        Assert.Empty(access[2].BusinessUnits);
        Assert.Equal(["admin", "viewer"], result.Organisation.RolesOf("admin"));
        Assert.Equal(["org.yaml:5:5: warning: access entry 'cfo': 'business_units' only matter for the bu-owner role; they are ignored here"], result.AllProblems().Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("  - { actor: x, roles: [auditor] }", "5:5: error: access entry 'x': unknown role 'auditor'; use one of admin, finance, bu-owner, viewer")]
    [InlineData("  - { actor: x, roles: [bu-owner] }", "5:5: error: access entry 'x': the bu-owner role needs 'business_units' (the units it owns)")]
    [InlineData("  - { actor: x, roles: [bu-owner], business_units: [legal] }", "5:5: error: access entry 'x': unknown business unit 'legal'")]
    [InlineData("  - { actor: x }", "5:5: error: access entry 'x': missing 'roles'")]
    [InlineData("  - { actor: x, roles: [] }", "5:5: error: access entry 'x': no role")]
    [InlineData("  - { actor: x, roles: [viewer], team: a }", "5:34: error: unknown key 'team'; expected one of: actor, roles, business_units")]
    [InlineData("  - { roles: [viewer] }", "5:5: error: missing 'actor'")]
    [InlineData("  - { actor: x, roles: { a: b } }", "5:24: error: 'roles' must be a list of names")]
    public void Access_Faulty_ProblemAtFileLineColumn(string entry, string expected)
    {
        var problem = Assert.Single(Parse("access:\n" + entry + "\n").AllProblems());

        Assert.StartsWith("org.yaml:" + expected, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Access_DuplicateActor_ErrorPointingAtTheFirst()
    {
        var problem = Assert.Single(Parse("""
            access:
              - { actor: cfo, roles: [finance] }
              - { actor: cfo, roles: [viewer] }
            """).AllProblems());

        Assert.Equal("org.yaml:6:5: error: duplicate access entry for actor 'cfo' (first declared at org.yaml:5); give one entry with all its roles", problem.ToString());
    }

    [Fact]
    public void Access_Absent_Empty()
    {
        var result = Parse(string.Empty);

        Assert.Empty(result.AllProblems());
        Assert.Empty(result.Organisation.Access);
        Assert.Empty(result.Organisation.RolesOf("cfo"));
    }
}
