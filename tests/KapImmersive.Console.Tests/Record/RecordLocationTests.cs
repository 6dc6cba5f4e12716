using KapImmersive.Console.Record;

namespace KapImmersive.Console.Tests.Record;

public sealed class RecordLocationTests
{
    [Theory]
    [InlineData("kap-console.db", RecordStoreKind.Sqlite)]
    [InlineData("/var/lib/kap/record=old.db", RecordStoreKind.Sqlite)]
    [InlineData("Host=db.clinic.lan;Database=kap;Username=kap;Password=secret", RecordStoreKind.PostgreSql)]
    [InlineData("server=10.0.0.5; port=5433; database=kap; user id=kap", RecordStoreKind.PostgreSql)]
    public void A_path_is_SQLite_and_anything_naming_a_host_is_PostgreSQL(string text, RecordStoreKind kind)
    {
        Assert.True(RecordLocation.TryParse(text, out var location, out var problem), problem);
        Assert.Equal(kind, location.Kind);
    }

    [Theory]
    [InlineData("", "is empty; give a SQLite file's path or a PostgreSQL connection string")]
    [InlineData("postgresql://kap@db/kap", "is a URL, which is not read here; write the PostgreSQL connection as Host=")]
    [InlineData("Host=db;Colour=blue", "is not a PostgreSQL connection string")]
    [InlineData("Host=;Database=kap", "names no Host")]
    public void A_location_that_will_not_do_gets_a_reason_and_the_form_to_write(string text, string reason)
    {
        Assert.False(RecordLocation.TryParse(text, out _, out var problem));
        Assert.StartsWith(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Described_for_a_log_a_PostgreSQL_location_never_shows_its_password()
    {
        var described = RecordLocation.Parse("Host=db.clinic.lan;Port=5433;Database=kap;Username=nurse;Password=hunter22").Describe();
        Assert.Equal("PostgreSQL database 'kap' on db.clinic.lan:5433 as 'nurse'", described);
    }
}
