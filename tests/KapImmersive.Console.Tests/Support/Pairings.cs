using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KapImmersive.Console.Tests.Support;

/// <summary>Pairing as the dashboard and a headset's page do it, over real HTTP.</summary>
internal static class Pairings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A signed-in clinician's client that sends the anti-forgery token, as the dashboard's script does.</summary>
    public static async Task<HttpClient> ClinicianAsync(ConsoleRig console, string from = "127.0.0.1")
    {
        var (client, _) = await console.ClientAsync(from: from);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await ConsoleRig.CsrfAsync(client));
        return client;
    }

    public static async Task<PendingCode> CodeAsync(HttpClient clinician, string? name = null)
    {
        using var response = await clinician.PostAsJsonAsync(new Uri("/api/pairings", UriKind.Relative), new { name });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PendingCode>(Json))!;
    }

    /// <summary>What a headset's page sends: {"code"} as JSON, no cookie, no token.</summary>
    public static Task<HttpResponseMessage> PairAsync(HttpClient anyone, string code) => PostAsync(anyone, JsonSerializer.Serialize(new { code }));

    /// <summary>The same, with the name the headset offers for itself.</summary>
    public static Task<HttpResponseMessage> PairAsync(HttpClient anyone, string code, string name) => PostAsync(anyone, JsonSerializer.Serialize(new { code, name }));

    private static Task<HttpResponseMessage> PostAsync(HttpClient anyone, string json) =>
        anyone.PostAsync(new Uri("/headset/pair", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<PairedAccount> PairedAsync(ConsoleRig console, HttpClient clinician, string? name = null)
    {
        var pending = await CodeAsync(clinician, name);
        var (headset, _) = await console.ClientAsync(signIn: false);
        using var response = await PairAsync(headset, pending.Code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PairedAccount>(Json))!;
    }

    public static async Task<string?> ProblemAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("problem", out var problem) ? problem.GetString() : null;
}
