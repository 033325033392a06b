using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using Npgsql;

namespace Depot.Testing.Postgres;

/// <summary>
/// A PostgreSQL server of its own for a test run or a benchmark: initdb into a temporary folder,
/// the server on a free loopback port and a Unix socket in that folder, stopped and removed on
/// <see cref="Dispose"/> or when the process exits. The server dies with the process even when it
/// is killed (parent-death signal), and folders left by a killed run are removed by the next one.
/// initdb and postgres refuse to run as root, so under root (CI) the server runs as an unprivileged
/// user (nobody, or one created for it).
/// </summary>
public sealed partial class ThrowawayPostgres : IDisposable
{
    public const string Admin = "depot_admin";

    private const string FolderPrefix = "depot-pg-";
    private const int SigKill = 9;
    private const int SigQuit = 3;

    private static readonly Lazy<ThrowawayPostgres> SharedServer = new(() => Start(durable: false));

    private readonly Process _server;
    private readonly StringBuilder _log;
    private readonly ManualResetEventSlim _release;
    private int _stopped;

    private ThrowawayPostgres(string folder, int port, string password, Launched server)
    {
        Folder = folder;
        Port = port;
        Password = password;
        _server = server.Process;
        _log = server.Log;
        _release = server.Release;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(exiting: true);
    }

    /// <summary>One server for the whole test run, started on first use.</summary>
    public static ThrowawayPostgres Shared => SharedServer.Value;

    /// <summary>The temporary folder: the data directory and the socket live in it.</summary>
    public string Folder { get; }

    public int Port { get; }

    /// <summary>The administrator's password (needed over TCP; the socket trusts local users).</summary>
    public string Password { get; }

    public int ProcessId => _server.Id;

    /// <summary>A URL to <paramref name="database"/> over TCP, with the password.</summary>
    public string Url(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"postgres://{Admin}:{Uri.EscapeDataString(Password)}@127.0.0.1:{Port}/{database}");

    /// <summary>An Npgsql connection string to <paramref name="database"/> over the Unix socket.</summary>
    public string SocketConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host={Folder};Port={Port};Username={Admin};Database={database}");

    /// <summary>Creates an empty database (from template0: nothing in it) and returns its name.</summary>
    public string CreateDatabase(string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        Execute($"CREATE DATABASE \"{name}\" TEMPLATE template0");
        return name;
    }

    public void DropDatabase(string name) => Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    /// <summary>Runs one statement as the administrator in the maintenance database.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(SocketConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Starts a server. <paramref name="durable"/> keeps fsync on (benchmarks); tests run without it.</summary>
    public static ThrowawayPostgres Start(bool durable)
    {
        RemoveLeftovers();
        var bin = Binaries();
        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            var password = Convert.ToHexString(Guid.NewGuid().ToByteArray());
            var passwordFile = Path.Combine(folder, "password");
            File.WriteAllText(passwordFile, password);
            var runAs = ServerUser();
            if (runAs is not null)
            {
                Run("chown", "-R", $"{runAs.Value.User}:{runAs.Value.Group}", folder);
            }

            var data = Path.Combine(folder, "data");
            Run(AsUser(runAs, [Path.Combine(bin, "initdb"), "-D", data, "-U", Admin, "--pwfile", passwordFile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"]));
            File.Delete(passwordFile);
            var port = FreePort();
            string[] settings =
            [
                "-D", data, "-k", folder, "-p", port.ToString(CultureInfo.InvariantCulture),
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200",
                .. durable ? Array.Empty<string>() : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
            ];
            var server = Launch(AsUser(runAs, [Path.Combine(bin, "postgres"), .. settings], dieWithParent: true));
            var started = new ThrowawayPostgres(folder, port, password, server);
            started.WaitUntilReady();
            return started;
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    public void Dispose() => Stop(exiting: false);

    /// <summary>
    /// Stops the server and removes the folder. At process exit the test host may be ended at any
    /// moment, so the folder is removed by a process of its own instead of waited for.
    /// </summary>
    private void Stop(bool exiting)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            // Immediate shutdown: the data is thrown away anyway.
            if (!_server.HasExited)
            {
                _ = Kill(_server.Id, SigQuit);
                if (!_server.WaitForExit(5000))
                {
                    _ = Kill(_server.Id, SigKill);
                    _server.WaitForExit(5000);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _release.Set();
        if (exiting)
        {
            RemoveInBackground(Folder);
        }
        else
        {
            TryDelete(Folder);
        }
    }

    private void WaitUntilReady()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"the throwaway PostgreSQL server stopped at start:\n{Log()}");
            }

            try
            {
                Execute("SELECT 1");
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException)
            {
                if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                {
                    Dispose();
                    throw new InvalidOperationException($"the throwaway PostgreSQL server did not start within a minute:\n{Log()}", e);
                }

                Thread.Sleep(50);
            }
        }
    }

    private string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    /// <summary>The newest installed PostgreSQL's programs ($DEPOT_PG_BIN overrides).</summary>
    private static string Binaries()
    {
        if (Environment.GetEnvironmentVariable("DEPOT_PG_BIN") is { Length: > 0 } given)
        {
            return given;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "postgres")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); on Debian: apt-get install postgresql, or set DEPOT_PG_BIN");
    }

    /// <summary>Under root, the unprivileged user the server runs as; null when the tests already run unprivileged.</summary>
    private static (string User, string Group)? ServerUser()
    {
        if (geteuid() != 0)
        {
            return null;
        }

        const string user = "nobody";
        if (Capture("id", "-u", user) is null)
        {
            Run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user);
        }

        var group = Capture("id", "-gn", user)?.Trim();
        return (user, string.IsNullOrEmpty(group) ? user : group);
    }

    private static string[] AsUser((string User, string Group)? runAs, string[] command, bool dieWithParent = false)
    {
        var wrapper = new List<string> { "setpriv" };
        if (runAs is { } who)
        {
            wrapper.AddRange([$"--reuid={who.User}", $"--regid={who.Group}", "--clear-groups"]);
        }

        if (dieWithParent)
        {
            wrapper.AddRange(["--pdeathsig", "KILL"]);
        }

        if (wrapper.Count == 1)
        {
            return command;
        }

        wrapper.Add("--");
        return [.. wrapper, .. command];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    [DllImport("libc")]
    private static extern uint geteuid();

    private static int Kill(int pid, int signal) => kill(pid, signal);
}
