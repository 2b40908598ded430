using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiriformisRehab.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DiaryReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ArchivedAt",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeldBackJson",
                table: "Programmes",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "AddedByPhysio",
                table: "ProgrammeExercises",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ArchivedAt",
                table: "Patients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DiaryReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PhysioId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SavedAssessmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SessionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RedFlagsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Triage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
