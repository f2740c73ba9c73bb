using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Acquisition.Store.Migrations
{
    /// <inheritdoc />
    public partial class GrabQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EndedMs",
                table: "grabs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Hidden",
                table: "grabs",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Link",
                table: "grabs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MagnetUrl",
                table: "grabs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "grabs",
                type: "TEXT",
                nullable: true);

            // failures from before the queue stay in the history; the queue starts without them
            migrationBuilder.Sql("UPDATE grabs SET Hidden = 1 WHERE Status = 'failed';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndedMs",
                table: "grabs");

            migrationBuilder.DropColumn(
                name: "Hidden",
                table: "grabs");

            migrationBuilder.DropColumn(
                name: "Link",
                table: "grabs");

            migrationBuilder.DropColumn(
                name: "MagnetUrl",
                table: "grabs");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "grabs");
        }
    }
}
