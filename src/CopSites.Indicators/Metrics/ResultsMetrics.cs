using CopSites.Domain;

namespace CopSites.Indicators.Metrics;

/// <summary>
/// Results and institutional impact (guide §3.7): success stories, improved practice, strategic alignment, and "what
/// spreads": knowledge products used (viewed or edited) by people outside the author's unit or country.
/// </summary>
public static class ResultsMetrics
{
    /// <summary>Adds every results figure of <paramref name="index"/> to <paramref name="sink"/>.</summary>
    public static void Compute(CommunityIndex index, Observations sink)
    {
        var months = index.Months;
        var activity = index.Activity;
        var products = activity.Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        for (var m = -1; m < months.Count; m++)
        {
            var period = m < 0 ? Periods.All : months.Key(m);
            bool In(DateTimeOffset at) => m < 0 ? months.IndexOf(at) >= 0 : months.IndexOf(at) == m;
            sink.Add(Indicator.SuccessStories, "success-stories", period, activity.Stories.Count(s => s.Kind == StoryKind.SuccessStory && In(s.Date)), "count");
            sink.Add(Indicator.ImprovedPractice, "improved-practice", period, activity.Stories.Count(s => s.Kind == StoryKind.ImprovedPractice && In(s.Date)), "count");
            sink.Add(Indicator.StrategicAlignment, "strategic-alignment", period, activity.Stories.Count(s => s.Kind == StoryKind.StrategicAlignment && In(s.Date)), "count");

            var reuse = activity.ProductActivities.Where(a => In(a.At) && products.ContainsKey(a.ProductId))
                .Select(a => (Product: products[a.ProductId], a.ActorId)).Where(u => u.ActorId != u.Product.AuthorId).ToList();
            var otherUnits = reuse.Where(u => index.UnitOf(u.ActorId) is { } unit && unit != index.UnitOf(u.Product.AuthorId)).ToList();
            var otherCountries = reuse.Where(u => index.CountryOf(u.ActorId) is { } country && country != index.CountryOf(u.Product.AuthorId)).ToList();
            sink.Add(Indicator.OutputReuse, "units-reusing", period, otherUnits.Select(u => index.UnitOf(u.ActorId)).Distinct().Count(), "units");
            sink.Add(Indicator.OutputReuse, "countries-reusing", period, otherCountries.Select(u => index.CountryOf(u.ActorId)).Distinct().Count(), "countries");
            sink.Add(Indicator.OutputReuse, "products-spread-units", period, otherUnits.Select(u => u.Product.Id).Distinct().Count(), "count");
            sink.Add(Indicator.OutputReuse, "products-spread-countries", period, otherCountries.Select(u => u.Product.Id).Distinct().Count(), "count");
        }
    }
}
