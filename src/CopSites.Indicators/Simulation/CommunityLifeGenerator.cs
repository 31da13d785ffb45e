using CopSites.Domain;
using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Simulation;

/// <summary>
/// Simulates a CoP's life, deterministic by seed: members join along an S-curve (or, for a declining CoP, some leave
/// in the last months); participation is heavy-tailed (a Zipf-like weight per person, so a few do most); a few
/// connectors work across units and countries and are active everywhere; monthly sessions with presenters and
/// attendees, forum questions and replies (mostly within a unit, connectors across), knowledge products and their
/// uses, pulse answers and stories. Used by the demo (written to the local tenant through the gateway) and the benchmark.
/// </summary>
public static class CommunityLifeGenerator
{
    /// <summary>Generates the activity of <paramref name="site"/> up to <paramref name="asOf"/>, with made-up members.</summary>
    public static CommunityActivity Generate(CommunitySite site, DateTimeOffset asOf, SimulationSettings settings) => Generate(site, asOf, settings, null);

    /// <summary>
    /// Generates the activity of <paramref name="site"/> with its real members (<paramref name="roster"/>, leads first):
    /// their past, so a demo CoP has a year of history. <see cref="SimulationSettings.Members"/> is ignored.
    /// </summary>
    public static CommunityActivity Generate(CommunitySite site, DateTimeOffset asOf, SimulationSettings settings, IReadOnlyList<Person>? roster)
    {
        if (roster is not null)
        {
            settings = settings with { Members = roster.Count };
        }

        var random = new Random(settings.Seed);
        var start = new DateTimeOffset(asOf.UtcDateTime.Year, asOf.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-(settings.Months - 1));
        var span = asOf - start;
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var memberships = new List<Membership>();
        var weight = new double[settings.Members];
        var joined = new DateTimeOffset[settings.Members];
        var left = new DateTimeOffset?[settings.Members];
        var connectors = Math.Max(1, settings.Members / 40);
        for (var i = 0; i < settings.Members; i++)
        {
            var id = roster?[i].Id ?? $"m{i:D5}";
            var unit = settings.Units[random.Next(settings.Units.Count)];
            var country = settings.Countries[(int)Math.Min(settings.Countries.Count - 1, Math.Floor(-Math.Log(1 - random.NextDouble()) * 2.5))];
            people[id] = roster?[i] ?? new Person(id, Names.For(i), unit, country, $"{id}@contoso.local");
            // S-curve of joins: most join in the first two thirds of the year; the first few found the CoP.
            var t = i < 3 ? 0 : Math.Clamp(0.5 + (Math.Log(random.NextDouble() / (1 - random.NextDouble())) / 8), 0, 0.97);
            joined[i] = start + (span * t);
            if (settings.Profile == LifeProfile.Decline && roster is null && i >= 3 && random.NextDouble() < 0.35)
            {
                left[i] = start + (span * Math.Clamp(0.5 + (random.NextDouble() * 0.48), t + 0.05, 0.99));
            }

            weight[i] = (i < connectors ? 6.0 : 1.0) / Math.Pow(1 + random.Next(settings.Members), 0.9);
            memberships.Add(new Membership(id, joined[i], left[i], IsLead: i < 2));
        }

        var ids = people.Keys.ToArray();
        var cumulative = new double[ids.Length];
        var activityScale = new double[settings.Months];
        for (var m = 0; m < settings.Months; m++)
        {
            var x = (m + 0.5) / settings.Months;
            activityScale[m] = settings.Profile == LifeProfile.Decline && x > 0.4 ? Math.Max(0.08, 1 - ((x - 0.4) * 2.2)) : Math.Min(1, 0.35 + x);
        }

        var events = new List<CommunityEvent>();
        var posts = new List<ForumPost>();
        var products = new List<KnowledgeProduct>();
        var uses = new List<ProductActivity>();
        var pulse = new List<PulseResponse>();
        var stories = new List<Story>();
        var actionsPerMonth = settings.Actions / (double)settings.Months;
        for (var m = 0; m < settings.Months; m++)
        {
            var monthStart = start.AddMonths(m);
            var monthEnd = m == settings.Months - 1 ? asOf : start.AddMonths(m + 1);
            var present = Enumerable.Range(0, ids.Length).Where(i => joined[i] < monthEnd && (left[i] is null || left[i] > monthStart)).ToArray();
            if (present.Length == 0)
            {
                continue;
            }

            var total = 0.0;
            for (var k = 0; k < present.Length; k++)
            {
                total += weight[present[k]];
                cumulative[k] = total;
            }

            int Pick() => present[Math.Min(present.Length - 1, Lower(cumulative, present.Length, random.NextDouble() * total))];
            DateTimeOffset When(int i)
            {
                var from = joined[i] > monthStart ? joined[i] : monthStart;
                var to = left[i] is { } l && l < monthEnd ? l : monthEnd;
                return from + ((to - from) * random.NextDouble());
            }

            var budget = (int)(actionsPerMonth * activityScale[m]);
            // Sessions: the core cadence (two a month), presenters drawn from the active, attendees from everyone.
            for (var s = 0; s < 2 && budget > 0; s++)
            {
                var at = monthStart + ((monthEnd - monthStart) * ((s + 0.5) / 2));
                if (at > asOf)
                {
                    continue;
                }

                var attendees = Enumerable.Range(0, Math.Min(present.Length, 3 + (int)(present.Length * 0.15 * activityScale[m]))).Select(_ => Pick())
                    .Where(i => joined[i] <= at && (left[i] is null || left[i] > at)).Distinct().Select(i => ids[i]).ToArray();
                var presenter = attendees.Length > 0 ? attendees[random.Next(attendees.Length)] : ids[present[0]];
                events.Add(new CommunityEvent($"sim-ev-{m}-{s}", $"Session {m + 1}.{s + 1}", EventFormat.All[random.Next(EventFormat.All.Count)], at,
                    [ids[0]], [presenter], attendees));
                budget -= attendees.Length;
            }

            // Forum: questions, then replies (a connector answers across units, others mostly within their own).
            var topicsThisMonth = new List<ForumPost>();
            var topicCount = Math.Max(1, budget / 12);
            for (var q = 0; q < topicCount; q++)
            {
                var author = Pick();
                var topic = new ForumPost($"sim-t-{m}-{q}", ids[author], When(author), $"sim-t-{m}-{q}", null, null, random.NextDouble() < 0.6, false);
                topicsThisMonth.Add(topic);
                posts.Add(topic);
            }

            var replyCount = topicCount * 2;
            for (var r = 0; r < replyCount; r++)
            {
                var topic = topicsThisMonth[random.Next(topicsThisMonth.Count)];
                var replier = Pick();
                if (ids[replier] == topic.AuthorId && present.Length > 1)
                {
                    replier = Pick();
                }

                var at = topic.Created + TimeSpan.FromHours(1 + (random.NextDouble() * 48));
                if (at > asOf)
                {
                    continue;
                }

                posts.Add(new ForumPost($"sim-r-{m}-{r}", ids[replier], at, topic.Id, topic.Id, topic.AuthorId, false, topic.IsQuestion && random.NextDouble() < 0.5));
            }

            budget -= topicCount + replyCount;

            // Knowledge products, then their uses by others (heavy-tailed: a few products are read by many).
            var productCount = Math.Max(m % 2 == 0 ? 1 : 0, budget / 150);
            for (var p = 0; p < productCount; p++)
            {
                var author = Pick();
                var coAuthor = random.NextDouble() < 0.4 ? new[] { ids[Pick()] }.Where(c => c != ids[author]).ToArray() : [];
                products.Add(new KnowledgeProduct($"sim-kp-{m}-{p}", Titles.For(random), ids[author], coAuthor,
                    KnowledgeProductType.All[random.Next(KnowledgeProductType.All.Count)], [Titles.Topic(random)], When(author), null));
            }

            var available = products.Where(p => p.Created < monthEnd).ToArray();
            var usesThisMonth = Math.Max(0, (int)(budget * 0.9));
            for (var u = 0; u < usesThisMonth && available.Length > 0; u++)
            {
                var product = available[Math.Min(available.Length - 1, (int)(available.Length * Math.Pow(random.NextDouble(), 2.5)))];
                var actor = Pick();
                var at = When(actor);
                if (at < product.Created)
                {
                    at = product.Created + ((monthEnd - product.Created) * random.NextDouble());
                }

                uses.Add(new ProductActivity(product.Id, ids[actor], random.NextDouble() < 0.1 ? ProductAction.Edit : ProductAction.View, at));
            }

            // A pulse check each quarter, answered by a share of those present.
            if (m % 3 == 2)
            {
                var answer = monthEnd.AddDays(-3) < monthStart ? monthStart : monthEnd.AddDays(-3);
                foreach (var i in present.Where(_ => random.NextDouble() < 0.3).Where(i => joined[i] <= answer))
                {
                    var mood = activityScale[m];
                    int Score() => Math.Clamp((int)Math.Round(2.5 + (mood * 2) + ((random.NextDouble() - 0.5) * 2)), 1, 5);
                    pulse.Add(new PulseResponse($"sim-pc-{m}-{i}", ids[i], answer, Score(), Score(), Score(), Score()));
                }
            }

            if (m % 2 == 1 && products.Count > 0)
            {
                var kind = StoryKind.All[random.Next(StoryKind.All.Count)];
                var product = products[random.Next(products.Count)];
                stories.Add(new Story($"sim-st-{m}", kind.Label + ": " + product.Title, kind, people[product.AuthorId].Unit, monthStart.AddDays(10) > asOf ? asOf : monthStart.AddDays(10), null, [product.Id]));
            }
        }

        return new CommunityActivity(site, asOf, people, memberships, events, posts, products, uses, pulse, stories);
    }

    private static int Lower(double[] cumulative, int count, double value)
    {
        int lo = 0, hi = count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (cumulative[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
