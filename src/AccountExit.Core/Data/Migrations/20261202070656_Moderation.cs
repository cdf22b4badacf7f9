using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountExit.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedAt",
                table: "EntryReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModeratorNote",
                table: "EntryReports",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Patch",
                table: "EntryReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "EntryReports",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                // Reports filed before moderation existed are all waiting for review.
                defaultValue: "Open");

            migrationBuilder.CreateTable(
                name: "Administrators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: false),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: false),
                    FailedSignIns = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Administrators", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EntryReports_Status",
                table: "EntryReports",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Administrators_NormalizedEmail",
                table: "Administrators",
                column: "NormalizedEmail",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Administrators");

            migrationBuilder.DropIndex(
                name: "IX_EntryReports_Status",
                table: "EntryReports");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "EntryReports");

            migrationBuilder.DropColumn(
                name: "ModeratorNote",
                table: "EntryReports");

            migrationBuilder.DropColumn(
                name: "Patch",
                table: "EntryReports");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "EntryReports");
        }
    }
}
