using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountExit.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChannelProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows from an older import must still read as JSON lists until the import rewrites them.
            migrationBuilder.AddColumn<string>(
                name: "Caveat",
                table: "Channels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conflicts",
                table: "Channels",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Covers",
                table: "Channels",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Fastest",
                table: "Channels",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Caveat",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "Conflicts",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "Covers",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "Fastest",
                table: "Channels");
        }
    }
}
