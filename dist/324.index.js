export const id = 324;
export const ids = [324];
export const modules = {

/***/ 28943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   octokitApi: () => (/* binding */ octokitApi)
/* harmony export */ });
/** Every list call pages through all results (100 per page, GitHub's maximum). */
const PER_PAGE = 100;
function octokitApi(octokit, repo) {
    const base = { owner: repo.owner, repo: repo.repo };
    return {
        async findCheckRun(sha, name) {
            const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
                ...base,
                ref: sha,
                check_name: name,
                filter: 'latest',
                per_page: PER_PAGE
            });
            const run = runs.find(r => r.name === name);
            return run ? { id: run.id, url: run.html_url ?? '' } : undefined;
        },
        async createCheckRun(run) {
            const { data } = await octokit.rest.checks.create({
                ...base,
                ...run,
                output: run.output
            });
            return { id: data.id, url: data.html_url ?? '' };
        },
        async updateCheckRun(id, run) {
            const { output, ...rest } = run;
            await octokit.rest.checks.update({
                ...base,
                check_run_id: id,
                ...rest,
                ...(output ? { output: output } : {})
            });
        },
        async checkRunAnnotationDetails(id) {
            const annotations = await octokit.paginate(octokit.rest.checks.listAnnotations, {
                ...base,
                check_run_id: id,
                per_page: PER_PAGE
            });
            return annotations.map(a => a.raw_details ?? '');
        },
        async listIssueComments(issue) {
            const comments = await octokit.paginate(octokit.rest.issues.listComments, {
                ...base,
                issue_number: issue,
                per_page: PER_PAGE
            });
            return comments.map(c => ({
                id: c.id,
                body: c.body ?? '',
                isBot: c.user?.type === 'Bot',
                url: c.html_url
            }));
        },
        async createIssueComment(issue, body) {
            const { data } = await octokit.rest.issues.createComment({
                ...base,
                issue_number: issue,
                body
            });
            return { id: data.id, url: data.html_url };
        },
        async updateIssueComment(id, body) {
            const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: id, body });
            return { url: data.html_url };
        },
        async listPullFiles(pull) {
            const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
                ...base,
                pull_number: pull,
                per_page: PER_PAGE
            });
            return files.map(f => f.patch === undefined ? { filename: f.filename } : { filename: f.filename, patch: f.patch });
        },
        async listReviewCommentBodies(pull) {
            const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
                ...base,
                pull_number: pull,
                per_page: PER_PAGE
            });
            return comments.map(c => c.body);
        },
        async createReview(pull, commitId, comments) {
            await octokit.rest.pulls.createReview({
                ...base,
                pull_number: pull,
                commit_id: commitId,
                event: 'COMMENT',
                comments: comments.map(c => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body }))
            });
        },
        async createFileComment(pull, commitId, comment) {
            await octokit.rest.pulls.createReviewComment({
                ...base,
                pull_number: pull,
                commit_id: commitId,
                path: comment.path,
                body: comment.body,
                subject_type: 'file'
            });
        },
        async createStatus(sha, state, context, description, targetUrl) {
            await octokit.rest.repos.createCommitStatus({
                ...base,
                sha,
                state,
                context,
                description,
                ...(targetUrl ? { target_url: targetUrl } : {})
            });
        },
        async commitStatus(sha, context) {
            // Statuses come newest first; the first page holds the latest of each context in practice.
            const { data } = await octokit.rest.repos.listCommitStatusesForRef({
                ...base,
                ref: sha,
                per_page: PER_PAGE
            });
            const status = data.find(s => s.context === context);
            return status
                ? { state: status.state, description: status.description ?? '' }
                : undefined;
        },
        async listLabels(issue) {
            const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
                ...base,
                issue_number: issue,
                per_page: PER_PAGE
            });
            return labels.map(l => l.name);
        },
        async addLabels(issue, labels) {
            await octokit.rest.issues.addLabels({ ...base, issue_number: issue, labels });
        },
        async removeLabel(issue, label) {
            await octokit.rest.issues.removeLabel({ ...base, issue_number: issue, name: label });
        }
    };
}
/** HTTP status of an Octokit error (or of anything shaped like one). */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ })

};
