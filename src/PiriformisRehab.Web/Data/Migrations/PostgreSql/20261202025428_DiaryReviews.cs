using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiriformisRehab.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DiaryReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ArchivedAt",
                table: "Programmes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeldBackJson",
                table: "Programmes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "AddedByPhysio",
                table: "ProgrammeExercises",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ArchivedAt",
                table: "Patients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DiaryReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PhysioId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiaryReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiaryReviews_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WarningSigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    SavedAssessmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    SessionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RedFlagsJson = table.Column<string>(type: "text", nullable: false),
                    Triage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningSigns", x => x.Id);
                    table.CheckConstraint("CK_WarningSigns_OneDiary", "(\"ProgrammeId\" IS NULL) <> (\"SavedAssessmentId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_WarningSigns_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WarningSigns_SavedAssessments_SavedAssessmentId",
                        column: x => x.SavedAssessmentId,
                        principalTable: "SavedAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryReviews_ProgrammeId_At",
                table: "DiaryReviews",
                columns: new[] { "ProgrammeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_WarningSigns_ProgrammeId",
                table: "WarningSigns",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_WarningSigns_SavedAssessmentId",
                table: "WarningSigns",
                column: "SavedAssessmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiaryReviews");

            migrationBuilder.DropTable(
                name: "WarningSigns");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "HeldBackJson",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "AddedByPhysio",
                table: "ProgrammeExercises");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Patients");
        }
    }
}
