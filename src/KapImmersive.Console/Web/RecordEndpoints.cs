using KapImmersive.Console.Live;
using KapImmersive.Console.Record;
using KapImmersive.Core.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KapImmersive.Console.Web;

/// <summary>The session record: sessions, a session's timeline, CSV and JSON exports, and the clinician's vitals entries.</summary>
public static class RecordEndpoints
{
    public static void MapRecord(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/sessions", (SessionRecord record) => Results.Ok(record.Sessions()));
        api.MapGet("/sessions/{sessionId:long}", (long sessionId, SessionRecord record) =>
            Find(record, sessionId) is { } session ? Results.Ok(new { session, entries = record.Entries(sessionId) }) : Results.NotFound());
        api.MapGet("/sessions/{sessionId:long}/export.csv", (long sessionId, SessionRecord record) =>
            Find(record, sessionId) is { } session
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(RecordExport.ToCsv(record.Entries(sessionId))), "text/csv; charset=utf-8", FileName(session, "csv"))
                : Results.NotFound());
        api.MapGet("/sessions/{sessionId:long}/export.json", (long sessionId, SessionRecord record) =>
            Find(record, sessionId) is { } session
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(RecordExport.ToJson(session, record.Entries(sessionId))), "application/json", FileName(session, "json"))
                : Results.NotFound());
        api.MapPost("/headsets/{headsetId}/vitals", (string headsetId, VitalsEntry entry, EventIntake intake, TimeProvider time, HttpContext context) =>
        {
            if (!Topics.IsValidId(headsetId))
            {
                return Results.NotFound();
            }

            if (entry.Problem() is { } problem)
            {
                return Results.UnprocessableEntity(new { problem });
            }

            intake.TakeVitals(headsetId, entry.ToMessage(time.GetUtcNow()), DashboardEndpoints.Who(context));
            return Results.Ok();
        });
    }

    private static SessionSummary? Find(SessionRecord record, long id) => record.FindSession(id);

    private static string FileName(SessionSummary session, string extension) =>
        $"kap-session-{session.Id}-{session.HeadsetId}-{session.StartedAt:yyyyMMdd-HHmm}.{extension}";
}
