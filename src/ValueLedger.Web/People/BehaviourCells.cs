using System.Globalization;
using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Web.People;

/// <summary>
/// How a people cell is marked on the pages for the privacy walker. (On the wire, PeopleCount and PeopleMeasure go through
/// <see cref="PeopleJson"/>'s converters.)
/// </summary>
internal static class BehaviourCells
{
    /// <summary>The <c>data-people-count</c> attribute of a page cell: the people behind it, "suppressed", or 0 for no data.</summary>
    public static string Attribute(CellState state, int people) => state switch
    {
        CellState.Value => people.ToString(CultureInfo.InvariantCulture),
        CellState.BelowThreshold => "suppressed",
        _ => "0",
    };
}
