using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Library.Store.Migrations
{
    /// <inheritdoc />
    public partial class FileFingerprintsAndMoves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Moved",
                table: "ScanRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "Files",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Files_LibraryId_Size",
                table: "Files",
                columns: new[] { "LibraryId", "Size" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Files_LibraryId_Size",
                table: "Files");

            migrationBuilder.DropColumn(
                name: "Moved",
                table: "ScanRuns");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "Files");
        }
    }
}
