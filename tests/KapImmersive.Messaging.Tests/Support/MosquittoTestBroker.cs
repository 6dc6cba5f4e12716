using System.Diagnostics;
using System.Globalization;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>
/// Debian's Mosquitto 2 with the embedded broker's rules: a password file (mosquitto_passwd), an ACL file with the
/// per-headset pattern and every client reading the presets (a `pattern` line holds for every user, while `topic`
/// lines above the first `user` line would hold only for anonymous clients), anonymous refused, a 64 KiB message limit,
/// and a TLS listener with the test CA. Started as root it drops to the mosquitto user, so its folder and files are made
/// readable to it. Given a central broker, it is a site broker bridged to that one (docs/scale.md): everything under
/// kap/v1/ both ways, QoS 1, MQTT 5, signed in to the central broker with the console account.
/// </summary>
internal sealed class MosquittoTestBroker : TestBroker
{
    private readonly string _folder;
    private readonly TestBroker? _central;
    private Process? _process;

    public MosquittoTestBroker(TestCredentials credentials, TestCertificates certificates, string folder, TestBroker? bridgedTo = null)
        : base(credentials, certificates)
    {
        _folder = folder;
        _central = bridgedTo;
    }

    public override BrokerKind Kind => BrokerKind.Mosquitto;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(_folder, "mosquitto.conf")))
        {
            await WriteConfigurationAsync(cancellationToken);
        }

        var start = new ProcessStartInfo("mosquitto") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Path.Combine(_folder, "mosquitto.conf"));
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start mosquitto");
        _process.ErrorDataReceived += (_, _) => { };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        await WaitListeningAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync(cancellationToken);
        }

        process.Dispose();
    }

    private async Task WriteConfigurationAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var passwords = Path.Combine(_folder, "passwords");
        var acl = Path.Combine(_folder, "acl");
        await File.WriteAllTextAsync(passwords, "", cancellationToken);
        foreach (var (user, password) in Credentials.Passwords)
        {
            await TestCertificates.RunAsync("mosquitto_passwd", ["-b", passwords, user, password], _folder, cancellationToken);
        }

        var consoleUsers = Credentials.Users.Where(u => u.Role == BrokerRole.Console).Select(u => $"user {u.Name}\ntopic readwrite kap/v1/#\n");
        await File.WriteAllTextAsync(acl, string.Concat(consoleUsers) + "\npattern readwrite kap/v1/headsets/%u/#\npattern read kap/v1/presets/#\n", cancellationToken);
        var config = string.Create(CultureInfo.InvariantCulture, $"""
            per_listener_settings false
            allow_anonymous false
            password_file {passwords}
            acl_file {acl}
            set_tcp_nodelay true
            persistence false
            message_size_limit {Core.Protocol.ProtocolLimits.MaxPayloadBytes}
            log_dest stderr
            log_type error

            listener {Port} 127.0.0.1

            listener {TlsPort} 127.0.0.1
            cafile {Certificates.CaCertificate}
            certfile {Certificates.ServerCertificate}
            keyfile {Certificates.ServerKey}

            """) + Bridge();
        await File.WriteAllTextAsync(Path.Combine(_folder, "mosquitto.conf"), config, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            MakeReadable(_folder);
            MakeReadable(Certificates.Folder);
        }
    }

    /// <summary>
    /// The bridge section: a persistent session at the central broker (cleansession false), reconnecting within a
    /// second or two, and a keep-alive short enough that a dead link is noticed quickly.
    /// </summary>
    private string Bridge() => _central is null ? "" : string.Create(CultureInfo.InvariantCulture, $"""
        connection central
        address 127.0.0.1:{_central.Port}
        bridge_protocol_version mqttv50
        remote_clientid kap-site-bridge-{Port}
        remote_username {TestCredentials.ConsoleUser}
        remote_password {_central.Credentials.Passwords[TestCredentials.ConsoleUser]}
        cleansession false
        try_private true
        restart_timeout 1 2
        keepalive_interval 5
        topic kap/v1/# both 1

        """);

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void MakeReadable(string folder)
    {
        const UnixFileMode ReadAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        for (var dir = new DirectoryInfo(folder); dir is not null && dir.FullName != "/"; dir = dir.Parent)
        {
            File.SetUnixFileMode(dir.FullName, File.GetUnixFileMode(dir.FullName) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, ReadAll);
        }
    }
}
