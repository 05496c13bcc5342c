using ValueLedger.Core.Value;

namespace ValueLedger.Core.Tests.Value;

public sealed class KebabCaseTests
{
    [Theory]
    [InlineData(ReadinessState.InProgress, "in-progress")]
    [InlineData(ReadinessState.Waived, "waived")]
    public void Of_Enum_IsKebabCase(ReadinessState state, string expected) => Assert.Equal(expected, KebabCase.Of(state));

    [Theory]
    [InlineData("difference-in-differences", AttributionMethodKind.DifferenceInDifferences)]
    [InlineData(" Controlled_Experiment ", AttributionMethodKind.ControlledExperiment)]
    public void TryParse_KebabOrSnake_Parses(string text, AttributionMethodKind expected)
    {
        Assert.True(KebabCase.TryParse<AttributionMethodKind>(text, out var method));
        Assert.Equal(expected, method);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("experiment")]
    [InlineData(null)]
    public void TryParse_NumberOrUnknown_Fails(string? text) => Assert.False(KebabCase.TryParse<AttributionMethodKind>(text, out _));
}
