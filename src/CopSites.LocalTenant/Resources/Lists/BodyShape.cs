using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>Turns a request body value of the wrong JSON type (a number where a string belongs...) into 400, not 500.</summary>
public static class BodyShape
{
    /// <summary>Runs <paramref name="work"/>; System.Text.Json's type errors become 400 invalidRequest.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (InvalidOperationException e) when (e.Source == "System.Text.Json")
        {
            throw GraphProblem.BadRequest("The request body has a value of the wrong type: " + e.Message);
        }
    }
}
