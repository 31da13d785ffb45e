using System.Globalization;
using CopSites.Domain;
using CopSites.Indicators.Metrics;
using CopSites.Indicators.Reporting;

namespace CopSites.Indicators.LifeCycle;

/// <summary>
/// The CoP's life-cycle stage (guide §3.6: ideation, initiation, growth, maturity, division or decline) from rules over
/// membership, participation and activity, month by month, with hysteresis: a new stage is taken only when the rules
/// point to it for <see cref="StageThresholds.ConfirmMonths"/> months in a row, so one quiet month is not a decline.
/// </summary>
public static class LifeCycleRules
{
    /// <summary>Assesses <paramref name="index"/>; <paramref name="declared"/> (the charter's stage) is where it starts.</summary>
    public static StageAssessment Assess(CommunityIndex index, LifeCycleStage? declared)
    {
        var months = index.Months;
        var activityByMonth = Enumerable.Range(0, months.Count).Select(m => ActivityCount(index, m)).ToArray();
        var held = declared ?? LifeCycleStage.Ideation;
        LifeCycleStage? pending = null;
        var streak = 0;
        var byMonth = new Dictionary<string, LifeCycleStage>(StringComparer.Ordinal);
        var evidence = new List<string>();
        // The snapshot's own month is still running: judging it would read a half month as a decline.
        var lastJudged = Math.Max(0, months.LastComplete);
        for (var m = 0; m <= lastJudged; m++)
        {
            var (candidate, why) = Candidate(index, activityByMonth, m);
            if (candidate == held)
            {
                pending = null;
                streak = 0;
            }
            else if (candidate == pending)
            {
                streak++;
            }
            else
            {
                pending = candidate;
                streak = 1;
            }

            if (pending is not null && streak >= StageThresholds.ConfirmMonths)
            {
                held = pending;
                pending = null;
                streak = 0;
            }

            byMonth[months.Key(m)] = held;
            if (m == lastJudged)
            {
                evidence.AddRange(why);
                if (pending is not null)
                {
                    evidence.Add($"The figures of {months.Key(m)} point to {pending.Label.ToLowerInvariant()}; the stage changes only if they do for {StageThresholds.ConfirmMonths} months in a row.");
                }
            }
        }

        for (var m = lastJudged + 1; m < months.Count; m++)
        {
            byMonth[months.Key(m)] = held;
        }

        return new StageAssessment(held, evidence, Trend(activityByMonth, months.LastComplete), byMonth);
    }

    /// <summary>Rising, steady or falling: the last three complete months against the three before.</summary>
    public static ActivityTrend Trend(IReadOnlyList<int> activityByMonth, int lastComplete)
    {
        if (lastComplete < 5)
        {
            return ActivityTrend.Unknown;
        }

        double recent = Sum(activityByMonth, lastComplete - 2, lastComplete), before = Sum(activityByMonth, lastComplete - 5, lastComplete - 3);
        if (before == 0)
        {
            return recent > 0 ? ActivityTrend.Rising : ActivityTrend.Steady;
        }

        var change = (recent - before) / before;
        return change > StageThresholds.SteadyBand ? ActivityTrend.Rising : change < -StageThresholds.SteadyBand ? ActivityTrend.Falling : ActivityTrend.Steady;
    }

    /// <summary>Recorded actions in month <paramref name="m"/>: posts, events, products, product uses, pulse answers.</summary>
    public static int ActivityCount(CommunityIndex index, int m)
    {
        var a = index.Activity;
        var months = index.Months;
        return a.Posts.Count(p => months.IndexOf(p.Created) == m) + a.Events.Count(e => months.IndexOf(e.Start) == m)
            + a.Products.Count(p => months.IndexOf(p.Created) == m) + a.ProductActivities.Count(u => months.IndexOf(u.At) == m)
            + a.PulseResponses.Count(r => months.IndexOf(r.At) == m);
    }

    private static (LifeCycleStage Stage, List<string> Why) Candidate(CommunityIndex index, int[] activity, int m)
    {
        var members = index.MembersByMonth[m].Count;
        var participation = members == 0 ? 0 : index.MembersByMonth[m].Count(index.ActiveByMonth[m].Contains) / (double)members;
        var age = m + 1;
        var why = new List<string>();
        string P(double v) => v.ToString("P0", CultureInfo.InvariantCulture);
        if (members < StageThresholds.IdeationMembers || activity.Take(m + 1).Sum() == 0)
        {
            why.Add($"{members} member{(members == 1 ? "" : "s")} and {(activity.Take(m + 1).Sum() == 0 ? "no recorded activity yet" : "little activity")}: the community is still taking shape (ideation).");
            return (LifeCycleStage.Ideation, why);
        }

        if (m >= 5)
        {
            double recent = Sum(activity, m - 2, m), before = Sum(activity, m - 5, m - 3);
            var threeMonthsAgo = index.MembersByMonth[m - 3].Count;
            var shrinking = threeMonthsAgo > 0 && (threeMonthsAgo - members) / (double)threeMonthsAgo >= StageThresholds.DeclineMembershipLoss && recent < before;
            var halved = before > 0 && recent <= before * StageThresholds.DeclineActivityRatio;
            if (halved || shrinking || participation < StageThresholds.DeclineParticipation)
            {
                why.Add(halved ? $"Activity in the last three months ({recent:N0} actions) is at most half of the three before ({before:N0})."
                    : shrinking ? $"Membership fell from {threeMonthsAgo} to {members} in three months while activity fell ({before:N0} → {recent:N0} actions)."
                    : $"Only {P(participation)} of members took part this month (below {P(StageThresholds.DeclineParticipation)}).");
                why.Add("Decline or division is a valid outcome, not a failure (guide §3.6): consider renewal, merging or a good closure.");
                return (LifeCycleStage.DivisionOrDecline, why);
            }
        }

        if (age <= StageThresholds.InitiationMonths)
        {
            why.Add($"The community is {age} month{(age == 1 ? "" : "s")} old with {members} members: initiation (first activities, finding its rhythm).");
            return (LifeCycleStage.Initiation, why);
        }

        var earlier = index.MembersByMonth[Math.Max(0, m - 3)].Count;
        var growth = earlier == 0 ? 1 : (members - earlier) / (double)earlier;
        if (growth >= StageThresholds.GrowthRate)
        {
            why.Add($"Membership grew {P(growth)} in three months ({earlier} → {members}): growth.");
            return (LifeCycleStage.Growth, why);
        }

        if (participation >= StageThresholds.MatureParticipation)
        {
            why.Add($"Membership is stable ({earlier} → {members} in three months) and {P(participation)} of members took part this month: maturity.");
            return (LifeCycleStage.Maturity, why);
        }

        why.Add($"Membership is stable ({earlier} → {members}) but only {P(participation)} took part this month; still counted as growth until participation reaches {P(StageThresholds.MatureParticipation)}.");
        return (LifeCycleStage.Growth, why);
    }

    private static double Sum(IReadOnlyList<int> values, int from, int to)
    {
        var sum = 0.0;
        for (var i = Math.Max(0, from); i <= to && i < values.Count; i++)
        {
            sum += values[i];
        }

        return sum;
    }
}
