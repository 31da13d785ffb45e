using System.Globalization;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>The indicator job's reads: site, list item, file and library-item analytics, by interval and by activity.</summary>
internal static class AnalyticsSteps
{
    public static async Task RunAsync(ContractScenario s)
    {
        var (start, end) = Today();
        var site = s.Graph.Sites[s.SiteId];
        await site.Analytics.GetAsync(r => r.QueryParameters.Expand = ["allTime"]);
        await site.Analytics.AllTime.GetAsync();
        await site.Analytics.LastSevenDays.GetAsync();
        var days = await site.Analytics.ItemActivityStats.GetAsync();
        var today = days!.Value!.Last().Id;
        await site.Analytics.ItemActivityStats[today].GetAsync();
        var activities = await site.Analytics.ItemActivityStats[today].Activities.GetAsync();
        await site.Analytics.ItemActivityStats[today].Activities[activities!.Value![0].Id].GetAsync();
        await site.GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval(end, "day", start)
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync();

        var file = s.Graph.Drives[s.DriveId].Items[s.FileId];
        await file.Analytics.GetAsync(r => r.QueryParameters.Expand = ["lastSevenDays"]);
        await file.Analytics.AllTime.GetAsync();
        await file.Analytics.LastSevenDays.GetAsync();
        var fileDays = await file.Analytics.ItemActivityStats.GetAsync();
        var fileToday = fileDays!.Value!.Last().Id;
        await file.Analytics.ItemActivityStats[fileToday].GetAsync();
        var fileActivities = await file.Analytics.ItemActivityStats[fileToday].Activities.GetAsync();
        await file.Analytics.ItemActivityStats[fileToday].Activities[fileActivities!.Value![0].Id].GetAsync();
        await file.GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval(end, "day", start)
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync();

        var item = site.Lists[s.ListId].Items[s.ItemId];
        await item.Analytics.GetAsync(r => r.QueryParameters.Expand = ["allTime"]);
        await item.GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval(end, "day", start)
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync();

        var libraryItem = s.Graph.Drives[s.DriveId].List.Items[s.FileListItemId];
        await libraryItem.Analytics.GetAsync();
        await libraryItem.GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval(end, "day", start)
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync();
    }

    /// <summary>Today and tomorrow (UTC) as the dates getActivitiesByInterval takes.</summary>
    public static (string Start, string End) Today()
    {
        var today = DateTime.UtcNow.Date;
        return (today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
