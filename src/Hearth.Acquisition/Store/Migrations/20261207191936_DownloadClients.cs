using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Acquisition.Store.Migrations
{
    /// <inheritdoc />
    public partial class DownloadClients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClientId",
                table: "grabs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DownloadId",
                table: "grabs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "download_clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    Username = table.Column<string>(type: "TEXT", nullable: true),
                    Password = table.Column<string>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    SavePath = table.Column<string>(type: "TEXT", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_download_clients", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_download_clients_Name",
                table: "download_clients",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "download_clients");

            migrationBuilder.DropColumn(
                name: "ClientId",
                table: "grabs");

            migrationBuilder.DropColumn(
                name: "DownloadId",
                table: "grabs");
        }
    }
}
