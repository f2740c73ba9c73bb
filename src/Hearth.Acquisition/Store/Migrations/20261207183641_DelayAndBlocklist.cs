using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Acquisition.Store.Migrations
{
    /// <inheritdoc />
    public partial class DelayAndBlocklist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "blocklist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    IndexerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Indexer = table.Column<string>(type: "TEXT", nullable: false),
                    Guid = table.Column<string>(type: "TEXT", nullable: false),
                    InfoHash = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    MovieId = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blocklist", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "delay_profiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PreferredProtocol = table.Column<string>(type: "TEXT", nullable: false),
                    UsenetDelayMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    TorrentDelayMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    BypassIfHighestQuality = table.Column<bool>(type: "INTEGER", nullable: false),
                    BypassIfFormatScoreAtLeast = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delay_profiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_blocklist_IndexerId_Guid",
                table: "blocklist",
                columns: new[] { "IndexerId", "Guid" });

            migrationBuilder.CreateIndex(
                name: "IX_blocklist_InfoHash",
                table: "blocklist",
                column: "InfoHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blocklist");

            migrationBuilder.DropTable(
                name: "delay_profiles");
        }
    }
}
