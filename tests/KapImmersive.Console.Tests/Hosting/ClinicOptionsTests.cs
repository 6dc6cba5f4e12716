using KapImmersive.Console.Hosting;
using KapImmersive.Console.Tests.Support;
using Microsoft.Extensions.Options;

namespace KapImmersive.Console.Tests.Hosting;

public sealed class ClinicOptionsTests
{
    [Fact]
    public async Task A_console_with_wrong_settings_stops_at_start_naming_every_one_of_them()
    {
        var folder = FastFolder.Create("clinic-options");
        await using var app = ConsoleApp.Build([], new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Kap:Clinic:Address"] = "the-clinic",
            ["Kap:Clinic:Port"] = "70000",
            ["Kap:Clinic:WrongPasswordsAllowed"] = "0",
            ["Kap:Clinic:EmbeddedBroker"] = "false",
            ["Kap:Console:Link:UserName"] = "console",
            ["Kap:Console:Link:Password"] = "console-secret",
            ["Kap:Clinic:DatabasePath"] = Path.Combine(folder, "record.db"),
            ["Kap:Clinic:Database"] = Path.Combine(folder, "record.db"),
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains("Kap:Clinic:Address: 'the-clinic' is not an IP address", failure.Failures);
        Assert.Contains(failure.Failures, f => f.StartsWith("Kap:Clinic:Port", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Kap:Clinic:WrongPasswordsAllowed", StringComparison.Ordinal));
        Assert.Contains("Kap:Clinic:DatabasePath is the old name of Database; set only Database (a SQLite file's path or a PostgreSQL connection string)",
            failure.Failures);
        Assert.False(File.Exists(Path.Combine(folder, "record.db")), "nothing is opened before the settings are checked");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_old_DatabasePath_setting_still_names_the_record_and_Database_takes_its_place()
    {
        var check = new ClinicOptionsCheck();
        Assert.Equal("old.db", new ClinicOptions { DatabasePath = "old.db" }.RecordDatabase);
        Assert.Equal("kap-console.db", new ClinicOptions().RecordDatabase);
        Assert.True(check.Validate(null, new ClinicOptions { DatabasePath = "old.db" }).Succeeded);
        Assert.True(check.Validate(null, new ClinicOptions { Database = "Host=db;Database=kap;Username=kap" }).Succeeded);
        var url = check.Validate(null, new ClinicOptions { Database = "postgres://kap@db/kap" });
        Assert.Equal(["Kap:Clinic:Database is a URL, which is not read here; write the PostgreSQL connection as Host=HOST;Port=5432;Database=NAME;Username=USER;Password=PASSWORD"],
            url.Failures);
    }
}
