using System.Globalization;
using System.Xml.Linq;
using CopSites.LocalTenant.WebUi.Charts;

namespace CopSites.LocalTenant.Tests.WebUi;

public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly ChartPoint[] Cities = [new("Bogotá", 42), new("Lima", 35), new("São Paulo", 58), new("Quito", 12)];

    [Theory]
    [InlineData("Column")]
    [InlineData("Bar")]
    public void Build_Bars_OneBarPerPointWithLabelAndValue(string kind)
    {
        var svg = Parse(ChartSvg.Build(Enum.Parse<ChartKind>(kind), "Members by city", Cities));

        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "cs-bar").ToList();
        bars.Select(b => (string?)b.Attribute("data-label")).ShouldBe(Cities.Select(c => c.Label));
        bars.Select(b => b.Element(Svg + "title")!.Value).ShouldBe(["Bogotá: 42", "Lima: 35", "São Paulo: 58", "Quito: 12"]);
        Texts(svg, "cs-label").ShouldBe(Cities.Select(c => c.Label));
        Texts(svg, "cs-value").ShouldBe(["42", "35", "58", "12"]);
        svg.Attribute("aria-label")!.Value.ShouldBe("Members by city");
    }

    [Fact]
    public void Build_Column_BarHeightsAreProportionalToValues()
    {
        var svg = Parse(ChartSvg.Build(ChartKind.Column, "t", [new("a", 10), new("b", 20), new("c", 40)]));

        var heights = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "cs-bar")
            .Select(r => double.Parse(r.Attribute("height")!.Value, CultureInfo.InvariantCulture)).ToList();
        (heights[1] / heights[0]).ShouldBe(2, 0.01);
        (heights[2] / heights[0]).ShouldBe(4, 0.01);
    }

    [Fact]
    public void Build_Column_NegativeValuesHangBelowTheZeroLine()
    {
        var svg = Parse(ChartSvg.Build(ChartKind.Column, "t", [new("up", 30), new("down", -10)]));

        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "cs-bar").ToList();
        double Y(XElement e, string a) => double.Parse(e.Attribute(a)!.Value, CultureInfo.InvariantCulture);
        var zero = Y(bars[0], "y") + Y(bars[0], "height");
        Y(bars[1], "y").ShouldBe(zero, 0.01);
        Y(bars[1], "height").ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Build_Line_OnePointPerValueJoinedByOnePolyline()
    {
        var svg = Parse(ChartSvg.Build(ChartKind.Line, "Participation", [new("Jan", 10), new("Feb", 14), new("Mar", 9)]));

        svg.Descendants(Svg + "circle").Count(c => (string?)c.Attribute("class") == "cs-point").ShouldBe(3);
        var polyline = svg.Descendants(Svg + "polyline").Single();
        polyline.Attribute("points")!.Value.Split(' ').Length.ShouldBe(3);
        Texts(svg, "cs-label").ShouldBe(["Jan", "Feb", "Mar"]);
    }

    [Fact]
    public void Build_Pie_SlicesForPositiveValuesAndEveryPointInTheLegend()
    {
        var svg = Parse(ChartSvg.Build(ChartKind.Pie, "Units", [new("Transport", 6), new("Energy", 2), new("Fiscal", 0)]));

        svg.Descendants().Count(e => (string?)e.Attribute("class") == "cs-slice").ShouldBe(2);
        Texts(svg, "cs-label").ShouldBe(["Transport", "Energy", "Fiscal"]);
        Texts(svg, "cs-value").ShouldBe(["6 (75%)", "2 (25%)", "0 (0%)"]);
    }

    [Fact]
    public void Build_PieWithOnePositiveValue_IsAFullCircle()
    {
        var svg = Parse(ChartSvg.Build(ChartKind.Pie, "t", [new("all", 5)]));

        svg.Descendants(Svg + "circle").Single(c => (string?)c.Attribute("class") == "cs-slice").ShouldNotBeNull();
    }

    [Fact]
    public void Build_HostileLabelsAndTitle_AreEncodedText()
    {
        const string label = "<script>alert(1)</script>\"' & <b>";
        var markup = ChartSvg.Build(ChartKind.Column, "<img src=x onerror=alert(1)>", [new(label, 1)], width: 2000).ToString();

        markup.ShouldNotContain("<script>");
        markup.ShouldNotContain("<img");
        var svg = XElement.Parse(markup);
        svg.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("class") == "cs-bar").Attribute("data-label")!.Value.ShouldBe(label);
        Texts(svg, "cs-label").Single().ShouldBe(label);
        svg.Descendants(Svg + "text").First().Value.ShouldBe("<img src=x onerror=alert(1)>");
    }

    [Fact]
    public void Build_LongLabelInNarrowChart_IsShortenedOnTheAxisButWholeInTheTooltip()
    {
        var svg = Parse(ChartSvg.Build(ChartKind.Column, "t", [new("Metropolitan Area of the Valley of Mexico", 3), new("b", 1)], width: 360));

        Texts(svg, "cs-label")[0].ShouldEndWith("…");
        svg.Descendants(Svg + "title").First().Value.ShouldBe("Metropolitan Area of the Valley of Mexico: 3");
    }

    [Fact]
    public void Build_NoPoints_SaysNoData()
    {
        var svg = Parse(ChartSvg.Build(ChartKind.Bar, "Empty", []));

        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("No data");
        svg.Descendants().Count(e => (string?)e.Attribute("class") == "cs-bar").ShouldBe(0);
    }

    [Theory]
    [InlineData(new[] { 0.0, 7.0 }, 0, 8, 2)]
    [InlineData(new[] { 3.0, 58.0 }, 0, 60, 20)]
    [InlineData(new[] { -12.0, 30.0 }, -20, 30, 10)]
    [InlineData(new[] { 0.0, 0.0 }, 0, 1, 0.2)]
    public void Scale_IncludesZeroAndUsesRoundSteps(double[] values, double min, double max, double step)
    {
        var scale = ChartStyle.Scale(values);
        scale.Min.ShouldBe(min, 1e-9);
        scale.Max.ShouldBe(max, 1e-9);
        scale.Step.ShouldBe(step, 1e-9);
    }

    private static XElement Parse(CopSites.LocalTenant.WebUi.Html.Markup markup) => XElement.Parse(markup.ToString());

    private static List<string> Texts(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == cssClass).Select(t => t.Value).ToList();
}
